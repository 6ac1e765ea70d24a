package com.kamsuite.customer;

import java.util.concurrent.ThreadLocalRandom;

/** Test data that no other test (nor an earlier run on the same endpoint) can collide with. */
public final class CustomerTestData {

    /** Rare characters, so unique names are not even similar to each other. */
    private static final String RARE = "鑫淼焱垚犇骉瀚灏彧昊晟曦瑾璟琰珩玥翎翊骁驰骞鹏鲲龑麒麟旻昶暄煜炜烨熠燚";

    private CustomerTestData() {
    }

    public static String uniqueName(String suffix) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            name.append(RARE.charAt(ThreadLocalRandom.current().nextInt(RARE.length())));
        }
        return name + suffix;
    }

    public static String registrationId() {
        return "91310000MA" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }
}
