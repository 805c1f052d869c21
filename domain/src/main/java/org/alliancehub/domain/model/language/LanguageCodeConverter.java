package org.alliancehub.domain.model.language;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link LanguageCode} as its canonical tag. */
@Converter(autoApply = true)
public class LanguageCodeConverter implements AttributeConverter<LanguageCode, String> {

    @Override
    public String convertToDatabaseColumn(LanguageCode code) {
        return code == null ? null : code.tag();
    }

    @Override
    public LanguageCode convertToEntityAttribute(String tag) {
        return tag == null ? null : LanguageCode.of(tag);
    }
}
