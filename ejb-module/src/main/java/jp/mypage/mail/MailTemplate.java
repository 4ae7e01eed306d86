package jp.mypage.mail;

/**
 * The mails the portal writes. Each has a subject and a body in the bundle
 * {@code jp/mypage/mail/mail.properties} (Japanese) and {@code mail_en.properties} (English),
 * under {@code <key>.subject} and {@code <key>.body}; the bundle says which arguments each takes.
 */
public enum MailTemplate {
    /** {0} name, {1} confirmation link, {2} hours valid. */
    EMAIL_CONFIRMATION("confirmation"),
    /** {0} name, {1} login page, {2} password reset page, {3} account type. */
    ALREADY_REGISTERED("alreadyRegistered"),
    /** {0} name, {1} password reset link, {2} minutes valid. */
    PASSWORD_RESET("passwordReset"),
    /** {0} name, {1} password reset page. */
    PASSWORD_CHANGED("passwordChanged"),
    /** {0} name, {1} invitation link, {2} days valid, {3} account type, {4} email address, {5} login page. */
    INVITATION("invitation"),
    /** To a company: {0} company person's name, {1} learner's name, {2} learner's email, {3} 連携者一覧. */
    LEARNER_LINKED("learnerLinked"),
    /** To a company: {0} company person's name, {1} learner's name, {2} learner's email, {3} 連携者一覧. */
    LINK_REQUESTED("linkRequested"),
    /** To a learner: {0} name, {1} company name. */
    LINK_REQUEST_ACCEPTED("linkRequestAccepted"),
    /** To a learner: {0} name, {1} company name. */
    LINK_REQUEST_DECLINED("linkRequestDeclined"),
    /** To a learner: {0} name, {1} company name, {2} 登録情報設定. */
    UNLINKED_BY_CORPORATE("unlinkedByCorporate"),
    /**
     * To an operator, when a confirmed account waits for approval: {0} operator's name, {1} the
     * application's page on the operator console, {2} applicant's name, {3} account type,
     * {4} applicant's email address.
     */
    APPLICATION_RECEIVED("applicationReceived"),
    /** 承認する: {0} name, {1} login page of the account's type, {2} email address, {3} account type. */
    ACCOUNT_APPROVED("accountApproved"),
    /** 承認しない without a reason: {0} name, {3} account type. No link. */
    ACCOUNT_REJECTED("accountRejected", false),
    /** 承認しない with the operator's reason: {0} name, {3} account type, {4} reason. No link. */
    ACCOUNT_REJECTED_WITH_REASON("accountRejectedWithReason", false),
    /** To the buyer: {0} name, {1} order page, {2} 申込番号, {3} course, {4} schedule, {5} seats, {6} total. */
    ORDER_PLACED("orderPlaced"),
    /** To a learner given a seat: {0} name, {1} 受講予定, {2} course, {3} schedule, {4} buyer (company). */
    SEAT_ASSIGNED("seatAssigned"),
    /** To a learner whose seat went to another: {0} name, {1} 受講予定, {2} course, {3} schedule, {4} company. */
    SEAT_WITHDRAWN("seatWithdrawn"),
    /** To a company: {0} name, {1} order page, {2} learner who unlinked, {3} seats, {4} course. */
    SEATS_RETURNED("seatsReturned"),
    /** To the buyer: {0} name, {1} order page, {2} 申込番号, {3} course, {4} seats cancelled, {5} fee with tax. */
    ORDER_CANCELLED("orderCancelled"),
    /** To a learner whose seat was cancelled: {0} name, {1} 受講予定, {2} course, {3} schedule. */
    SEAT_CANCELLED("seatCancelled"),
    /** 開催中止, to buyers and learners: {0} name, {1} order page or 受講予定, {2} course, {3} schedule, {4} reason. */
    SESSION_CANCELLED("sessionCancelled"),
    /** 入金確認, to the buyer: {0} name, {1} order page, {2} 申込番号, {3} total. */
    PAYMENT_CONFIRMED("paymentConfirmed"),
    /** To a learner who has not started: {0} name, {1} 受講予定, {2} course, {3} last day of the access period. */
    ACCESS_ENDING("accessEnding"),
    /** The day before a live session, to its learner: {0} name, {1} 受講予定, {2} course, {3} schedule, {4} venue or online. */
    SESSION_TOMORROW("sessionTomorrow"),
    /** Weekly, to a company that asked: {0} name, {1} 受講履歴, {2} incomplete seats, {3} a line per seat (at most 30). */
    WEEKLY_DIGEST("weeklyDigest");

    private final String key;
    private final boolean link;

    MailTemplate(String key) {
        this(key, true);
    }

    MailTemplate(String key, boolean link) {
        this.key = key;
        this.link = link;
    }

    /** Whether the mail shows a link of the portal as its argument {1}. */
    boolean hasLink() {
        return link;
    }

    String subjectKey() {
        return key + ".subject";
    }

    String bodyKey() {
        return key + ".body";
    }
}
