package com.kamsuite.opportunity.opportunity.domain;

/**
 * The eight funnel stages (O2). Stages 01–07 are open; stage 08 ends the funnel, either won (100 %) or lost (0 %).
 */
public enum Stage {
    S01("01"), S02("02"), S03("03"), S04("04"), S05("05"), S06("06"), S07("07"), WON("08"), LOST("08");

    private final String code;

    Stage(String code) {
        this.code = code;
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
