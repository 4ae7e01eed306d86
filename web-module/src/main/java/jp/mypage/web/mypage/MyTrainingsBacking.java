package jp.mypage.web.mypage;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.mypage.order.MySeat;
import jp.mypage.order.OrderService;

/** 受講予定, {@code /mypage/my-trainings}: the trainings the learner holds a seat of, whoever bought them. */
@Named
@RequestScoped
public class MyTrainingsBacking {

    @Inject
    private OrderService orders;

    private List<MySeat> seats;

    /**
     * The page's view action: reads the seats before anything renders, so that a company's visit is
     * refused with 403 (the service is for learners) rather than midway through the page.
     */
    public void load() {
        getSeats();
    }

    public List<MySeat> getSeats() {
        if (seats == null) {
            seats = orders.mySeats();
        }
        return seats;
    }
}
