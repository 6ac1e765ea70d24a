package com.kamsuite.embedded.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.Set;

/**
 * The H2 file backend, made durable and indexed: every write command (insert, update, delete, findAndModify) is
 * committed to the file before it is answered, so an acknowledged write survives {@code kill -9} (the library
 * commits about once a second); and its collections look up {@code _id} first ({@link IdFirstQuery}). A crash of
 * the machine itself may still lose what the operating system had not written: the file is not synced.
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify");
    /** The map names of mongo-java-server's H2 layout ({@code H2Database}), which keeps them package-private. */
    private static final String DATA_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";

    DurableH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getMvStore(), getCursorRegistry());
    }

    private static final class Database extends H2Database {

        private final MVStore store;

        Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
            super(databaseName, StoreHandOver.handOver(store), cursorRegistry);
            this.store = store;
            StoreHandOver.done();
        }

        @Override
        public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver resolver,
                                      Oplog oplog) {
            Document answer = super.handleCommand(channel, command, query, resolver, oplog);
            if (WRITE_COMMANDS.contains(command.toLowerCase(java.util.Locale.ROOT))) {
                store.commit();
            }
            return answer;
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            // Called from H2Database's constructor too, before this.store is set: the store comes by hand-over then.
            MVStore mvStore = store != null ? store : StoreHandOver.current();
            String fullName = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = mvStore.openMap(DATA_PREFIX + fullName);
            MVMap<String, Object> meta = mvStore.openMap(META_PREFIX + fullName);
            return new Collection(this, collectionName, options, data, meta, cursorRegistry);
        }
    }

    /** The store of the database being constructed on this thread (Java 17 sets no field before super()). */
    private static final class StoreHandOver {

        private static final ThreadLocal<MVStore> CURRENT = new ThreadLocal<>();

        static MVStore handOver(MVStore store) {
            CURRENT.set(store);
            return store;
        }

        static MVStore current() {
            return CURRENT.get();
        }

        static void done() {
            CURRENT.remove();
        }
    }

    private static final class Collection extends H2Collection {

        Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                   MVMap<Object, Document> data, MVMap<String, Object> meta, CursorRegistry cursorRegistry) {
            super(database, collectionName, options, data, meta, cursorRegistry);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                             int batchSize, Document fieldSelector) {
            Document idPart = IdFirstQuery.idPart(query);
            if (idPart == null) {
                return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
            }
            return matchDocumentsFromStream(IdFirstQuery.candidates(idPart,
                            byId -> super.queryDocuments(byId, null, 0, 0, 0, null)),
                    query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
    }
}
