package jp.mypage.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.mypage.approval.ApprovalService;
import jp.mypage.approval.ApprovalSettingView;
import jp.mypage.domain.account.AccountType;
import jp.mypage.domain.approval.ApprovalMode;
import jp.mypage.domain.approval.ApprovalSettingChange;
import jp.mypage.web.i18n.Messages;

/**
 * 承認設定, {@code /admin/settings}: per account type 自動承認 or 管理者承認, and whether operators
 * are mailed about each new application; below, the recorded changes.
 */
@Named
@ViewScoped
public class ApprovalSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApprovalService approvals;

    @Inject
    private Actors actors;

    /** The radio buttons' values, by type: mode names (a map's values reach the page untyped). */
    private final Map<AccountType, String> modes = new EnumMap<>(AccountType.class);
    private final Map<AccountType, Boolean> notify = new EnumMap<>(AccountType.class);
    private List<ApprovalSettingView> settings;
    private transient List<ApprovalSettingChange> changes;

    /** The page's view action. */
    public void load() {
        if (settings == null) {
            settings = approvals.settings();
            for (ApprovalSettingView setting : settings) {
                modes.put(setting.type(), setting.mode().name());
                notify.put(setting.type(), setting.notifyOperators());
            }
        }
    }

    /** 保存する: records a change for each account type whose setting differs. */
    public void save() {
        int changed = 0;
        for (ApprovalSettingView setting : settings) {
            ApprovalMode mode = mode(modes.get(setting.type()));
            boolean mail = Boolean.TRUE.equals(notify.get(setting.type()));
            if (mode != null && (mode != setting.mode() || mail != setting.notifyOperators())) {
                approvals.changeSetting(setting.type(), mode, mail);
                changed++;
            }
        }
        settings = approvals.settings();
        changes = null;
        Messages.info(changed == 0 ? "approvalSettings.unchanged" : "approvalSettings.saved");
    }

    private static ApprovalMode mode(String name) {
        try {
            return name == null ? null : ApprovalMode.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public ApprovalSettingView setting(AccountType type) {
        return settings.stream().filter(s -> s.type() == type).findFirst().orElse(null);
    }

    public AccountType[] getTypes() {
        return AccountType.values();
    }

    /** The recorded changes, read once per view and again after a save (a table reads its value several times). */
    public List<ApprovalSettingChange> getChanges() {
        if (changes == null) {
            changes = approvals.settingChanges(50);
        }
        return changes;
    }

    public String actor(String actor) {
        return actors.describe(actor);
    }

    public List<ApprovalSettingView> getSettings() {
        return settings;
    }

    public ApprovalMode[] getModes() {
        return ApprovalMode.values();
    }

    public Map<AccountType, String> getMode() {
        return modes;
    }

    public Map<AccountType, Boolean> getNotify() {
        return notify;
    }
}
