package com.kamsuite.customer.classification.persistence;

import com.kamsuite.customer.classification.domain.ClassificationWeights;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Each division's classification weights; the defaults until a division sets its own. */
@Repository
public class WeightsRepository {

    static final String COLLECTION = "classification_weights";

    private final MongoTemplate mongo;

    public WeightsRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    record WeightsDocument(String id, ClassificationWeights weights) {
    }

    public ClassificationWeights of(String divisionId) {
        WeightsDocument document = mongo.findById(divisionId, WeightsDocument.class, COLLECTION);
        return document == null ? ClassificationWeights.DEFAULT : document.weights();
    }

    public void save(String divisionId, ClassificationWeights weights) {
        mongo.save(new WeightsDocument(divisionId, weights), COLLECTION);
    }
}
