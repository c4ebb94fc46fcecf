"""Name-certificate requests filed with the cooperative development office (article 004 counts
5,545 of them for Drâa-Tafilalet in 2023; the demo holds a few to show the check): some clash with
organisations of the articles, one is too common to tell apart, others are clear. Applicants and
their contacts are invented."""

from tadamon.funding.domain.name_requests import decide, submit_request
from tadamon.funding.models import NameRequest
from tadamon.registry.models import Province

# (name_ar, name_latin, province, applicant, decision: None (pending), "approve" or "refuse", reason)
REQUESTS = [
    ("تعاونية دادس النسوية", "Coopérative féminine Dadès", "MA-TIN", "Itto Ouhammou", None, ""),
    ("تعاونية أركان إميضر", "Coopérative Argane Imider", "MA-TIN", "Lahcen Amzian", None, ""),
    ("تعاونية تمور أكدز", "Coopérative Tmour Agdz", "MA-ZAG", "Brahim Oubella", None, ""),
    ("تعاونية تيويزي للنسيج", "Coopérative Tiwizi Nassij", "MA-OUA", "Touda Akhiat", None, ""),
    ("", "Coopérative Tafilalt Dattes", "MA-ERR", "Moha Outaleb", None, ""),
    ("تعاونية أزهار تازناخت", "Coopérative Azhar Taznakht", "MA-OUA", "Hadda Ait Ali", "approve", ""),
    ("تعاونية الأمل", "Coopérative Al Amal", "MA-TIN", "Omar Naciri", "refuse",
     "«الأمل» موجود في أسماء تعاونيات عديدة مسجلة؛ المرجو إضافة كلمة مميزة. / «\u00a0Al Amal\u00a0» figure déjà dans de "
     "nombreux noms enregistrés : ajoutez un mot distinctif."),
]


def load_name_requests(officer) -> int:
    if NameRequest.objects.exists():
        return 0
    office = officer.organization
    provinces = {p.code: p for p in Province.objects.filter(code__in={r[2] for r in REQUESTS})}
    for name_ar, name_latin, province, applicant, decision, reason in REQUESTS:
        request = submit_request(by=officer, name_ar=name_ar, name_latin=name_latin, province=provinces[province],
                                 authority=office, applicant_name=applicant)
        if decision:
            decide(request, by=officer, approve=decision == "approve", reason=reason)
    return len(REQUESTS)


