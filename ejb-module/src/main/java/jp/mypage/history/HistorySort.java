package jp.mypage.history;

/** The columns 受講履歴 sorts by, each with the SQL it orders on ({@link HistorySql}). */
public enum HistorySort {
    LEARNER("a.person_name_kana"),
    DEPARTMENT("a.department"),
    COURSE("o.course_title"),
    DELIVERY("o.delivery"),
    SCHEDULE(HistorySql.SCHEDULE),
    PROGRESS("s.progress_percent"),
    STATUS(null),
    COMPLETED_AT("s.completed_at");

    private final String column;

    HistorySort(String column) {
        this.column = column;
    }

    /** The SQL expression; null for {@link #STATUS}, whose shown value depends on the time. */
    String column() {
        return column;
    }
}
