package com.kamsuite.embedded.mongo;

import java.nio.file.Path;

/** A MongoDB endpoint on an H2 file in a process of its own, for a test to kill: {@code StoreProcess FILE PORT}. */
public final class StoreProcess {

    private StoreProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        MongoEndpoint.persistent(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println("ready");
        System.out.flush();
        Thread.currentThread().join();
    }
}
