package jp.mypage.web.mypage;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.mypage.domain.training.TrainingOrder;
import jp.mypage.training.ApplicationHistoryService;

/** お申込み履歴一覧, {@code /mypage/applications}: where a login lands. */
@Named
@RequestScoped
public class ApplicationsBacking {

    @Inject
    private ApplicationHistoryService history;

    private List<TrainingOrder> orders;

    public List<TrainingOrder> getOrders() {
        if (orders == null) {
            orders = history.myOrders();
        }
        return orders;
    }
}
