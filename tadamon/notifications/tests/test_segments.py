from tadamon.notifications.segments import count


def test_plain_latin_text_fits_160_characters_in_one_sms_and_153_per_part_beyond():
    assert count("a" * 160) == count("a" * 160).__class__("GSM-7", 160, 1, 160)
    assert (count("a" * 161).parts, count("a" * 161).per_part) == (2, 153)
    assert count("a" * 306).parts == 2 and count("a" * 307).parts == 3


def test_extension_characters_count_twice_in_gsm7():
    text = "€" * 80
    assert count(text).encoding == "GSM-7" and count(text).units == 160 and count(text).parts == 1
    assert count("[" * 81).parts == 2


def test_arabic_text_is_ucs2_70_characters_or_67_per_part():
    assert count("س" * 70).encoding == "UCS-2" and count("س" * 70).parts == 1
    assert count("س" * 71).parts == 2 and count("س" * 134).parts == 2 and count("س" * 135).parts == 3


def test_one_non_gsm_character_makes_the_whole_text_ucs2():
    text = "Bonjour, votre formation est demain à 9h" + "ê"  # ê is not in GSM-7 (é and à are)
    assert count(text).encoding == "UCS-2" and count(text[:-1]).encoding == "GSM-7"
    assert count("😀").units == 2  # outside the BMP: two UTF-16 units
    assert count("").parts == 0
