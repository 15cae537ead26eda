package org.mentorplanner.export;

import java.text.Normalizer;
import java.util.Locale;
import org.mentorplanner.domain.Person;

/** File names of exports: plain ASCII, stable for a person across exports. */
final class FileNames {

    private FileNames() {
    }

    /** "ada-lovelace-3": the name folded to ASCII plus the id, which keeps two equal names apart. */
    static String of(Person person) {
        String ascii = Normalizer.normalize(person.name(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? "mentor" : slug) + "-" + person.id();
    }
}
