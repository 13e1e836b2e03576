package org.quanze.platform;

import java.math.BigDecimal;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * What a JSON request may carry, checked while it is read so that a bad value is a 400 naming its field instead of a
 * 500 from the database: no NUL character in a text (PostgreSQL cannot store one), no decimal beyond what a column
 * holds (amounts are numeric(18, 2)), no text longer than {@value #LONGEST_TEXT} characters (a judgment's reasoning
 * fits; a 10 MB paste does not). Jackson itself refuses numbers of more than 1,000 digits.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputLimits {

    /** Larger than any amount in yuan or weight the platform stores (numeric(18, 2): below 10^16). */
    static final BigDecimal LARGEST_DECIMAL = new BigDecimal("1e15");

    static final int LONGEST_TEXT = 100_000;

    @Bean
    JsonMapperBuilderCustomizer inputLimitsModule() {
        SimpleModule module = new SimpleModule("quanze-input-limits");
        module.addDeserializer(String.class, new BoundedText());
        module.addDeserializer(BigDecimal.class, new BoundedDecimal());
        return builder -> builder.addModule(module);
    }

    static final class BoundedText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = super.deserialize(p, ctxt);
            if (text != null && text.length() > LONGEST_TEXT) {
                throw new StreamConstraintsException("text longer than " + LONGEST_TEXT + " characters");
            }
            if (text != null && text.indexOf('\0') >= 0) {
                throw InvalidFormatException.from(p, "NUL character in text", text, String.class);
            }
            return text;
        }
    }

    static final class BoundedDecimal extends NumberDeserializers.BigDecimalDeserializer {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            BigDecimal value = super.deserialize(p, ctxt);
            if (value != null && value.abs().compareTo(LARGEST_DECIMAL) >= 0) {
                throw InvalidFormatException.from(p, "number too large", value, BigDecimal.class);
            }
            return value;
        }
    }
}
