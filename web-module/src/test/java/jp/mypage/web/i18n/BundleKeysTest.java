package jp.mypage.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import jp.mypage.accountimport.CsvFileProblem;
import jp.mypage.approval.AlreadyDecidedException;
import jp.mypage.approval.ApplicationNotFoundException;
import jp.mypage.approval.ApplicationSort;
import jp.mypage.authentication.AwaitingApprovalException;
import jp.mypage.authentication.NotApprovedException;
import jp.mypage.common.BusinessException;
import jp.mypage.domain.account.AccountEventType;
import jp.mypage.domain.account.AccountStatus;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.approval.ApprovalMode;
import jp.mypage.operator.DuplicateOperatorException;
import jp.mypage.domain.linking.LinkApproval;
import jp.mypage.domain.token.TokenState;
import jp.mypage.domain.order.OrderStatus;
import jp.mypage.domain.order.PaymentStatus;
import jp.mypage.domain.training.DeliveryType;
import jp.mypage.linking.LinkChangesExceededException;
import jp.mypage.settings.WrongPasswordException;
import jp.mypage.password.PasswordProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every text exists in Japanese and English, and every enum constant a page shows has its text. */
class BundleKeysTest {

    private static ResourceBundle bundle(String base, Locale locale) {
        return ResourceBundle.getBundle(base, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @ParameterizedTest
    @ValueSource(strings = {Messages.BUNDLE, "jp.mypage.web.i18n.faces", "ValidationMessages"})
    void japaneseAndEnglishHaveTheSameKeys(String base) {
        assertEquals(bundle(base, Locale.JAPANESE).keySet(), bundle(base, Locale.ENGLISH).keySet(),
                base + ": a key in one language only");
    }

    @Test
    void everyShownEnumConstantHasAText() {
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            ResourceBundle bundle = bundle(Messages.BUNDLE, locale);
            Stream.of(
                    Stream.of(AccountType.values()).map(t -> "login.type." + t.name()),
                    Stream.of(jp.mypage.mail.MailTemplate.values()).map(t -> "mailKind." + t.name()),
                    Stream.of(TokenState.values()).map(s -> "token." + s.name()),
                    Stream.of(TokenState.values()).map(s -> "invitation.token." + s.name()),
                    Stream.of(CsvFileProblem.values()).map(p -> "import.file." + p.name()),
                    Stream.of(OrderStatus.values()).map(s -> "orderStatus." + s.name()),
                    Stream.of(PaymentStatus.values()).map(s -> "paymentStatus." + s.name()),
                    Stream.of(DeliveryType.values()).map(d -> "delivery." + d.name()),
                    Stream.of(jp.mypage.domain.learning.LearningStatus.values()).map(s -> "learningStatus." + s.name()),
                    Stream.of(jp.mypage.domain.learning.LearningStatus.values()).map(s -> "roster.state." + s.name()),
                    Stream.of(jp.mypage.domain.learning.LessonKind.values()).map(k -> "lessonKind." + k.name()),
                    Stream.of(PasswordProblem.values()).map(PasswordProblem::messageKey),
                    Stream.of(LinkApproval.values()).map(a -> "linkApproval." + a.name()),
                    Stream.of(ApprovalMode.values()).map(m -> "approvalMode." + m.name()),
                    Stream.of(ApprovalMode.values()).map(m -> "approvalMode." + m.name() + ".hint"),
                    Stream.of(AccountStatus.values()).map(s -> "accountStatus." + s.name()),
                    Stream.of(AccountEventType.values()).map(t -> "accountEventType." + t.name()),
                    Stream.of(ApplicationSort.values()).map(o -> "applicationSort." + o.name()),
                    Stream.of(new AwaitingApprovalException(), new NotApprovedException(),
                            new AlreadyDecidedException(1, AccountStatus.ACTIVE), new ApplicationNotFoundException(1),
                            new DuplicateOperatorException(), new LinkChangesExceededException(),
                            new WrongPasswordException()).map(BusinessException::messageKey))
                    .flatMap(s -> s)
                    .forEach(key -> assertTrue(bundle.containsKey(key), key + " missing in " + locale));
        }
    }
}
