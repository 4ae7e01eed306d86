package jp.mypage.linking;

/** The columns 連携者一覧 sorts by, each with the JPQL path it orders on. */
public enum LearnerSort {
    NAME("a.profile.personName"),
    NAME_KANA("a.profile.personNameKana"),
    EMAIL("a.email"),
    LINKED_AT("l.linkedAt");

    private final String path;

    LearnerSort(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }
}
