package vn.dacsan.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aNewPasswordHasAtLeastTenCharacters() {
        assertThat(PasswordPolicy.check("demo12345")).contains(PasswordPolicy.Problem.TOO_SHORT);
        assertThat(PasswordPolicy.check("demo123456")).isEmpty();
        assertThat(PasswordPolicy.check("kẹo dừa ngon")).isEmpty();
    }

    @Test
    void lettersWithVietnameseMarksCountOnceHoweverTheyAreEncoded() {
        String nineLetters = "kẹodừaBT9";
        String decomposed = Normalizer.normalize(nineLetters, Normalizer.Form.NFD);
        assertThat(decomposed.length()).as("marks as separate code points").isGreaterThan(10);
        assertThat(PasswordPolicy.check(nineLetters)).contains(PasswordPolicy.Problem.TOO_SHORT);
        assertThat(PasswordPolicy.check(decomposed)).contains(PasswordPolicy.Problem.TOO_SHORT);
        assertThat(PasswordPolicy.check("đặcsảnBếnT")).as("ten letters").isEmpty();
    }

    @Test
    void emptyAndOverLongPasswordsAreRefused() {
        assertThat(PasswordPolicy.check(null)).contains(PasswordPolicy.Problem.REQUIRED);
        assertThat(PasswordPolicy.check("")).contains(PasswordPolicy.Problem.REQUIRED);
        assertThat(PasswordPolicy.check("            ")).contains(PasswordPolicy.Problem.REQUIRED);
        assertThat(PasswordPolicy.check("a".repeat(200))).isEmpty();
        assertThat(PasswordPolicy.check("a".repeat(201))).contains(PasswordPolicy.Problem.TOO_LONG);
    }

    @Test
    void theRepetitionMustMatchExactly() {
        assertThat(PasswordPolicy.checkRepeat("demo123456", "demo123456")).isEmpty();
        assertThat(PasswordPolicy.checkRepeat("demo123456", "Demo123456")).contains(PasswordPolicy.Problem.MISMATCH);
        assertThat(PasswordPolicy.checkRepeat("demo123456", null)).contains(PasswordPolicy.Problem.MISMATCH);
    }
}
