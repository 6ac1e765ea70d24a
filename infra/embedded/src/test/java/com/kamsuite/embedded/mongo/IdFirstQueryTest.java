package com.kamsuite.embedded.mongo;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IdFirstQueryTest {

    @Test
    void anIdWithOtherFieldsIsLookedUpByItsIdFirst() {
        assertThat(IdFirstQuery.idPart(new Document("_id", "c-1").append("version", 3L)))
                .isEqualTo(new Document("_id", "c-1"));
        Document in = new Document("$in", List.of("c-1", "c-2"));
        assertThat(IdFirstQuery.idPart(new Document("_id", in).append("outboxLeaseOwner", "me")))
                .isEqualTo(new Document("_id", in));
    }

    @Test
    void whatTheIndexAnswersAloneOrCannotAnswerRunsAsTheLibraryRunsIt() {
        assertThat(IdFirstQuery.idPart(new Document("_id", "c-1"))).isNull();
        assertThat(IdFirstQuery.idPart(new Document("version", 3L).append("name", "x"))).isNull();
        assertThat(IdFirstQuery.idPart(new Document("_id", new Document("$gt", "c-1")).append("version", 3L))).isNull();
    }
}
