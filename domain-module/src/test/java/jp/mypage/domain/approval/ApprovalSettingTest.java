package jp.mypage.domain.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import jp.mypage.domain.account.AccountType;
import org.junit.jupiter.api.Test;

class ApprovalSettingTest {

    private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");

    @Test
    void automaticApprovalRequiresNoOperator() {
        assertFalse(new ApprovalSetting(AccountType.PERSONAL, ApprovalMode.AUTOMATIC, true, T0, "migration")
                .approvalRequired());
    }

    @Test
    void aChangeIsRecordedWithOldAndNewValues() {
        ApprovalSetting setting = new ApprovalSetting(AccountType.CORPORATE, ApprovalMode.AUTOMATIC, true, T0, "migration");
        ApprovalSettingChange change = setting.change(ApprovalMode.MANUAL, false, "operator:3", T0.plusSeconds(60));
        assertTrue(setting.approvalRequired(), "管理者承認 requires an operator");
        assertFalse(setting.isNotifyOperators());
        assertEquals("operator:3", setting.getChangedBy());
        assertEquals(AccountType.CORPORATE, change.getType());
        assertEquals(ApprovalMode.AUTOMATIC, change.getOldMode());
        assertEquals(ApprovalMode.MANUAL, change.getNewMode());
        assertTrue(change.isOldNotify());
        assertFalse(change.isNewNotify());
        assertEquals("operator:3", change.getChangedBy());
        assertEquals(T0.plusSeconds(60), change.getChangedAt());
    }
}
