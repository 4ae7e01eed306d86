package jp.mypage.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.mypage.common.BusinessException;
import jp.mypage.learning.AttendanceService;
import jp.mypage.learning.Roster;
import jp.mypage.web.i18n.Messages;
import jp.mypage.web.mypage.Ids;

/** 名簿, {@code /admin/roster?session=}: a live session's seats and 出席 / 欠席 for each named learner. */
@Named
@ViewScoped
public class RosterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AttendanceService attendance;

    private String session;
    private Roster roster;

    /** The view action: an unknown or malformed id shows "not found". */
    public void load() {
        Ids.parse(session).ifPresent(id -> {
            try {
                roster = attendance.roster(id);
            } catch (BusinessException e) {
                roster = null;
            }
        });
    }

    public void record(Roster.Row row, boolean attended) {
        try {
            attendance.record(roster.sessionId(), row.seatId(), attended);
            Messages.info(attended ? "roster.attendedSaved" : "roster.absentSaved", row.learnerName());
        } catch (BusinessException e) {
            Messages.error(e);
        }
        roster = attendance.roster(roster.sessionId());
    }

    public Roster getRoster() {
        return roster;
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }
}
