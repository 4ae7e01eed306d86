package jp.mypage.order;

import java.io.Serializable;
import java.time.Instant;
import jp.mypage.domain.training.DeliveryType;

/**
 * 受講予定: a training the signed-in learner holds a seat of, whoever bought it. The meeting URL of
 * an online session is shown to its seat holders only, so it is here and nowhere in the catalogue.
 */
public record MySeat(long seatId, String orderNumber, String courseTitle, DeliveryType delivery, Instant startsAt,
        Instant endsAt, String venue, String meetingUrl, Instant accessEndsAt, String boughtBy, boolean bySelf)
        implements Serializable {
}
