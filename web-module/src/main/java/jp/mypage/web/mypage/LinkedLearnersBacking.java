package jp.mypage.web.mypage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.mypage.linking.LinkedLearner;
import jp.mypage.linking.LinkingService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** 連携者一覧, {@code /mypage/linked-learners}: the corporate account's linked learners, paged in the database. */
@Named
@ViewScoped
public class LinkedLearnersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LinkingService linking;

    private final LazyDataModel<LinkedLearner> learners = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return linking.countMyLinkedLearners();
        }

        @Override
        public List<LinkedLearner> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return linking.myLinkedLearners(first, pageSize);
        }

        @Override
        public String getRowKey(LinkedLearner learner) {
            return learner.email();
        }
    };

    public LazyDataModel<LinkedLearner> getLearners() {
        return learners;
    }
}
