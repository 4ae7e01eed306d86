package jp.mypage.domain.training;

/** How a course is delivered: 対面研修 and オンライン研修 are held as dated sessions; 動画配信 is open for an access period. */
public enum DeliveryType {
    /** 対面研修: at a venue. */
    IN_PERSON,
    /** オンライン研修: live, with an online meeting URL. */
    ONLINE,
    /** 動画配信: e-learning, open for 受講期間 days from the seat's assignment. */
    E_LEARNING;

    /** Whether the course is held as dated sessions with a capacity. */
    public boolean hasSessions() {
        return this != E_LEARNING;
    }
}
