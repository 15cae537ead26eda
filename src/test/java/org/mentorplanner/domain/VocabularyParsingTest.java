package org.mentorplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Role, enrollment method and location kind as people type them in CSV files and on the command line. */
class VocabularyParsingTest {

    @ParameterizedTest
    @CsvSource({"mentor, MENTOR", "Mentee, MENTEE", " COORDINATOR , COORDINATOR", "admin, COORDINATOR"})
    void roleParsesIgnoringCaseAndSpace(String text, Role expected) {
        assertThat(Role.parse(text)).isEqualTo(expected);
    }

    @Test
    void unknownRoleSaysWhatIsAllowed() {
        assertThatThrownBy(() -> Role.parse(" teacher "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Unknown role 'teacher': use mentor, mentee or coordinator.");
    }

    @ParameterizedTest
    @CsvSource({"online, ONLINE", "ONLINE, ONLINE", "in-person, IN_PERSON", "in_person, IN_PERSON",
            "In Person, IN_PERSON", "inperson, IN_PERSON", " both , BOTH"})
    void enrollmentMethodParsesTheUsualSpellings(String text, EnrollmentMethod expected) {
        assertThat(EnrollmentMethod.parse(text)).isEqualTo(expected);
    }

    @Test
    void unknownEnrollmentMethodSaysWhatIsAllowed() {
        assertThatThrownBy(() -> EnrollmentMethod.parse("hybrid"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Unknown enrollment method 'hybrid': use online, in-person or both.");
    }

    @Test
    void enrollmentMethodLabelsAndUrlNeeds() {
        assertThat(EnrollmentMethod.ONLINE.label()).isEqualTo("Online");
        assertThat(EnrollmentMethod.IN_PERSON.label()).isEqualTo("In-person");
        assertThat(EnrollmentMethod.BOTH.label()).isEqualTo("Both");
        assertThat(EnrollmentMethod.ONLINE.needsMeetingUrl()).isTrue();
        assertThat(EnrollmentMethod.BOTH.needsMeetingUrl()).isTrue();
        assertThat(EnrollmentMethod.IN_PERSON.needsMeetingUrl()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"online, ONLINE", "Online, ONLINE", "in-person, IN_PERSON", "IN_PERSON, IN_PERSON",
            "in person, IN_PERSON", "inperson, IN_PERSON"})
    void locationKindParsesTheUsualSpellings(String text, LocationKind expected) {
        assertThat(LocationKind.parse(text)).isEqualTo(expected);
    }

    @Test
    void unknownLocationKindSaysWhatIsAllowed() {
        assertThatThrownBy(() -> LocationKind.parse("both"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Unknown location kind 'both': use online or in-person.");
    }

    @Test
    void locationKindLabelsRoundTrip() {
        for (LocationKind kind : LocationKind.values()) {
            assertThat(LocationKind.parse(kind.label())).isEqualTo(kind);
        }
    }
}
