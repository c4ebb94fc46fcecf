"""Every back-office URL walked with every role: who gets in, who is refused and how.
404 hides another cooperative's existence; 403 says "you may see this but not do that"."""

import pytest

from tadamon.registry.models import Membership

ROLES = ["anonymous", "admin", "staff", "officer", "manager", "other_manager"]

# url name -> expected status per role, in the order of ROLES
MATRIX = {
    "home": [302, 200, 200, 200, 302, 302],
    "list": [302, 200, 200, 200, 403, 403],
    "detail": [302, 200, 200, 200, 200, 404],
    "edit": [302, 200, 200, 403, 200, 404],
    "create": [302, 200, 200, 403, 403, 403],
    "member_add": [302, 200, 403, 403, 200, 404],
    "member_edit": [302, 200, 403, 403, 200, 404],
    "member_end": [302, 302, 403, 403, 302, 404],
    "member_import": [302, 200, 200, 403, 200, 404],
    "member_import_template": [302, 200, 200, 403, 200, 404],
    "import": [302, 200, 200, 403, 403, 403],
    "export_organizations": [302, 200, 200, 200, 403, 403],
    "export_members": [302, 200, 200, 200, 200, 200],
}


@pytest.fixture
def users(admin_user, staff_user, officer_user, manager_user, other_manager):
    return {"anonymous": None, "admin": admin_user, "staff": staff_user, "officer": officer_user,
            "manager": manager_user, "other_manager": other_manager}


def url_for(name, cooperative):
    membership = Membership.objects.filter(organization=cooperative).first()
    base = f"/fr/manage/organizations/{cooperative.pk}"
    return {
        "home": ("get", "/fr/manage/"),
        "list": ("get", "/fr/manage/organizations/"),
        "detail": ("get", f"{base}/"),
        "edit": ("get", f"{base}/edit/"),
        "create": ("get", "/fr/manage/organizations/new/"),
        "member_add": ("get", f"{base}/members/new/"),
        "member_edit": ("get", f"{base}/members/{membership.pk}/edit/"),
        "member_end": ("post", f"{base}/members/{membership.pk}/end/"),
        "member_import": ("get", f"{base}/members/import/"),
        "member_import_template": ("get", f"{base}/members/import/template.xlsx"),
        "import": ("get", "/fr/manage/imports/new/"),
        "export_organizations": ("get", "/fr/manage/organizations/export/organizations.csv"),
        "export_members": ("get", "/fr/manage/organizations/export/members.xlsx"),
    }[name]


@pytest.mark.django_db
@pytest.mark.parametrize("name", MATRIX)
def test_every_role_gets_the_expected_answer(name, users, cooperative, client_for):
    for role, expected in zip(ROLES, MATRIX[name], strict=True):
        method, url = url_for(name, cooperative)
        response = getattr(client_for(users[role]), method)(url)
        assert response.status_code == expected, f"{role} on {name}: {response.status_code}, expected {expected}"
        if role == "anonymous":
            assert response["Location"].startswith("/fr/accounts/login/")


@pytest.mark.django_db
def test_import_status_of_someone_elses_import_is_404(admin_user, staff_user, client_for):
    from django.core.files.base import ContentFile

    from tadamon.registry.models import OrganizationImport

    job = OrganizationImport.objects.create(created_by=admin_user, original_name="a.csv",
                                            file=ContentFile(b"kind\n", name="a.csv"))
    assert client_for(staff_user).get(f"/fr/manage/imports/{job.pk}/").status_code == 404
    assert client_for(admin_user).get(f"/fr/manage/imports/{job.pk}/").status_code == 200


@pytest.mark.django_db
def test_inactive_user_is_refused_everywhere(staff_user, cooperative, client_for):
    staff_user.is_active = False
    staff_user.save()
    response = client_for(staff_user).get("/fr/manage/organizations/")
    assert response.status_code == 302
