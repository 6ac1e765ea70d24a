package com.kamsuite.opportunity.opportunity.domain;

/**
 * The eight funnel stages (O2). Stages 01–07 are open; stage 08 ends the funnel, either won (100 %) or lost (0 %).
 */
public enum Stage {
    S01("01", "find the right contact and the right requirement"),
    S02("02", "confirm needs, budget and sponsor; gather detailed requirements"),
    S03("03", "map the customer's organisation and buying committee"),
    S04("04", "set the sales target and request sales resources"),
    S05("05", "on the shortlist, or bid submitted and under evaluation"),
    S06("06", "chosen as the only supplier, or bid won"),
    S07("07", "commercial negotiation"),
    WON("08", "agreement on all terms: won"),
    LOST("08", "lost");

    private final String code;
    private final String task;

    Stage(String code, String task) {
        this.code = code;
        this.task = task;
    }

    /** What the sales team does in this stage. */
    public String task() {
        return task;
    }

    public String code() {
        return code;
    }

    /** 1–8: the position in the funnel. */
    public int number() {
        return Integer.parseInt(code);
    }

    public boolean isOpen() {
        return this != WON && this != LOST;
    }

    /** The open stage with this code ("01" … "07"); 08 is reached by winning or losing, not by a move. */
    public static Stage open(String code) {
        for (Stage stage : values()) {
            if (stage.isOpen() && stage.code.equals(code)) {
                return stage;
            }
        }
        throw new IllegalArgumentException("an open stage is 01 to 07; 08 is reached by winning or losing");
    }
}
