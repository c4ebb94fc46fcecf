import pytest
from django.core.exceptions import ValidationError

from tadamon.common.phones import display_phone, mask_phone, parse_phone, phone_or_none


@pytest.mark.parametrize("written", [
    "0612345678", "06 12 34 56 78", "06.12.34.56.78", "06-12-34-56-78", "+212612345678",
    "+212 6 12 34 56 78", "00212612345678", "00 212 612 345 678", "٠٦١٢٣٤٥٦٧٨", "(+212) 612-345678",
])
def test_every_moroccan_form_of_a_mobile_gives_one_e164_number(written):
    assert parse_phone(written, mobile=True) == "+212612345678"


def test_a_07_mobile_and_a_landline():
    assert parse_phone("07 00 11 22 33", mobile=True) == "+212700112233"
    assert parse_phone("0522 12 34 56") == "+212522123456"


@pytest.mark.parametrize("written", ["12345", "06123", "0612345678901", "hello", "+212 0000", "=1+2"])
def test_a_number_that_is_not_one_is_refused_with_what_to_type(written):
    with pytest.raises(ValidationError) as error:
        parse_phone(written)
    assert "0612345678" in str(error.value.messages[0])
    assert phone_or_none(written) is None


def test_a_landline_is_refused_where_a_mobile_is_needed():
    with pytest.raises(ValidationError) as error:
        parse_phone("0522123456", mobile=True)
    assert error.value.code == "not_mobile"


def test_empty_is_empty_and_display_and_mask():
    assert parse_phone("  ") == ""
    assert display_phone("+212612345678") == "06 12 34 56 78"
    assert display_phone("+33612345678").startswith("+33 6")
    assert mask_phone("+212612345678") == "•••• 5678"
