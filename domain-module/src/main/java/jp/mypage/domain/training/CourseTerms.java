package jp.mypage.domain.training;

import java.math.BigDecimal;
import java.util.List;

/** What an operator may change of a course: its text, price (税抜), tax rate, 受講期間 and cancellation policy. */
public record CourseTerms(String title, String description, BigDecimal price, int taxRate, Integer accessDays,
        List<CancellationTier> cancellationTiers) {

    public CourseTerms {
        cancellationTiers = cancellationTiers == null ? List.of() : List.copyOf(cancellationTiers);
    }
}
