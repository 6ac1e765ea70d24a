package com.kamsuite.teamincentive.bonus.persistence;

import com.kamsuite.kit.outbox.AggregateStore;
import com.kamsuite.teamincentive.bonus.domain.PayoutRun;
import com.kamsuite.teamincentive.bonus.domain.Statement;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Payout runs (aggregates) and their statements. A statement is written once, under its run, calculation and person,
 * before the run that points to it is saved; a crash in between leaves an unreferenced statement, never a run
 * pointing to a missing one.
 */
@Repository
public class PayoutRunRepository {

    static final String STATEMENTS = "payout_statements";

    private final AggregateStore store;
    private final MongoTemplate mongo;

    public PayoutRunRepository(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
        mongo.indexOps(store.collectionOf(PayoutRun.class)).createIndex(new Index().on("divisionId", Sort.Direction.ASC));
        mongo.indexOps(STATEMENTS).createIndex(new Index().on("runId", Sort.Direction.ASC).on("calculation", Sort.Direction.ASC));
        mongo.indexOps(STATEMENTS).createIndex(new Index().on("divisionId", Sort.Direction.ASC).on("personId", Sort.Direction.ASC));
    }

    record StatementDocument(@Id String id, String runId, int calculation, String divisionId, String personId,
                             Statement statement) {
    }

    public PayoutRun save(PayoutRun run) {
        return store.save(run);
    }

    public Optional<PayoutRun> find(String divisionId, String id) {
        return store.findById(PayoutRun.class, id).filter(run -> run.divisionId().equals(divisionId));
    }

    public List<PayoutRun> inDivision(String divisionId) {
        return store.find(Query.query(where("divisionId").is(divisionId)), PayoutRun.class).stream()
                .sorted(Comparator.comparing(PayoutRun::planKey).thenComparing(PayoutRun::period)).toList();
    }

    public List<PayoutRun> ofPlan(String divisionId, String planKey) {
        return inDivision(divisionId).stream().filter(run -> run.planKey().equals(planKey)).toList();
    }

    /** Writes the statements of a calculation (replacing any a crashed attempt left under the same number). */
    public void saveStatements(String runId, int calculation, String divisionId, List<Statement> statements) {
        mongo.remove(Query.query(where("runId").is(runId).and("calculation").is(calculation)), STATEMENTS);
        mongo.insert(statements.stream().map(s -> new StatementDocument(runId + "|" + calculation + "|" + s.personId(), runId,
                calculation, divisionId, s.personId(), s)).toList(), STATEMENTS);
    }

    public Optional<Statement> statement(String runId, int calculation, String personId) {
        return Optional.ofNullable(mongo.findById(runId + "|" + calculation + "|" + personId, StatementDocument.class, STATEMENTS))
                .map(StatementDocument::statement);
    }
}
