package jp.mypage.web.mypage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.mypage.common.BusinessException;
import jp.mypage.linking.LearnerQuery;
import jp.mypage.linking.LearnerSort;
import jp.mypage.linking.LinkedLearner;
import jp.mypage.linking.LinkingService;
import jp.mypage.order.CancellationQuote;
import jp.mypage.order.OrderDetail;
import jp.mypage.order.OrderService;
import jp.mypage.web.i18n.Messages;
import jp.mypage.web.security.SignedInAccount;
import jp.mypage.web.support.Money;

/**
 * An order's page, {@code /mypage/order?id=}: its seats and learners, naming and renaming a seat
 * (a company's), cancelling a seat or the whole order after the fee is shown, and the 請求書 /
 * 領収書. The id is looked up within the caller's own orders; another holder's id finds nothing.
 */
@Named
@ViewScoped
public class OrderBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;

    @Inject
    private OrderService orders;

    @Inject
    private LinkingService linking;

    @Inject
    private SignedInAccount signedIn;

    @Inject
    private Money money;

    private String id;
    private OrderDetail order;
    private Long seatId;
    private LinkedLearner learner;
    private Long cancelSeatId;
    private CancellationQuote cancellation;

    public void load() {
        if (order == null) {
            order = Ids.parse(id).flatMap(orders::findMyOrder).orElse(null);
        }
    }

    private void reload() {
        order = orders.findMyOrder(order.id()).orElse(null);
    }

    /** 受講者を指定 / 受講者変更 opens the dialog for this seat. */
    public void startAssign(long seat) {
        this.seatId = seat;
        this.learner = null;
    }

    /** Suggestions while typing: the company's linked learners matching the text. */
    public List<LinkedLearner> suggest(String text) {
        return linking.myLinkedLearners(new LearnerQuery(text, LearnerSort.NAME_KANA, true), 0, SUGGESTIONS);
    }

    public void assign() {
        if (seatId == null || learner == null) {
            Messages.error("order.learnerNotLinked");
            return;
        }
        try {
            orders.assignSeat(seatId, learner.learnerId());
            Messages.info("order.assigned", learner.name());
        } catch (BusinessException e) {
            Messages.error(e);
        }
        reload();
    }

    /** The cancellation dialog of one seat ({@code seat}) or of the whole order (null): the fee first. */
    public void startCancel(Long seat) {
        cancelSeatId = seat;
        try {
            cancellation = orders.cancellationQuote(order.id(), seat);
        } catch (BusinessException e) {
            cancellation = null;
            Messages.error(e);
        }
    }

    public void cancel() {
        try {
            CancellationQuote charged = orders.cancel(order.id(), cancelSeatId);
            Messages.info("order.cancelled", money.yen(charged.feeWithTax()));
        } catch (BusinessException e) {
            Messages.error(e);
        }
        cancellation = null;
        reload();
    }


    public boolean isCorporate() {
        return signedIn.isCorporate();
    }

    public OrderDetail getOrder() {
        return order;
    }

    public CancellationQuote getCancellation() {
        return cancellation;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LinkedLearner getLearner() {
        return learner;
    }

    public void setLearner(LinkedLearner learner) {
        this.learner = learner;
    }
}
