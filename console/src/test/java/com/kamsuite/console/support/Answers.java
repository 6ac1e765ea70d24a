package com.kamsuite.console.support;

/**
 * What the services answer through the gateway, shaped like their controllers' responses
 * (opportunity-service's PipelineController, OpportunityController, PeopleController, FunnelHealthController,
 * forecast-service's deadline endpoint) and their Problem Details.
 */
public final class Answers {

    private Answers() {
    }

    public static String item(String id, String name, String customerName, String ownerId, String ownerName, String stage,
                              String status, String amount, String probability, String weighted, String closes) {
        return """
                {"id":"%s","name":"%s","customerId":"cust-%1$s","customerName":%s,"ownerId":"%s","ownerName":"%s",
                 "stage":"%s","status":"%s","amount":%s,"currency":"CNY","probability":%s,"weightedAmount":%s,
                 "expectedCloseDate":"%s","confirmed":false}""".formatted(id, name,
                customerName == null ? "null" : "\"" + customerName + "\"", ownerId, ownerName, stage, status, amount, probability,
                weighted, closes);
    }

    /** 上海电气's switchgear framework of 刘洋 in stage 02, ¥1,200,000.00 at 20%, closing on 11 April 2027. */
    public static String switchgear() {
        return item("opp-1", "开关柜框架协议", "上海电气", "liu.yang", "刘洋", "02", "OPEN", "1200000.00", "20", "240000.00", "2027-04-11");
    }

    public static String total(int count, String amount, String weighted) {
        return """
                {"currency":"CNY","count":%d,"amount":%s,"weightedAmount":%s}""".formatted(count, amount, weighted);
    }

    public static String page(String items, int page, int size, long totalItems, int totalPages, String totals) {
        return """
                {"items":[%s],"page":%d,"size":%d,"totalItems":%d,"totalPages":%d,"totals":[%s]}"""
                .formatted(items, page, size, totalItems, totalPages, totals);
    }

    /** A board with stage 02 holding {@link #switchgear()} and the rest of the stages empty. */
    public static String board() {
        StringBuilder columns = new StringBuilder();
        for (String stage : new String[]{"01", "02", "03", "04", "05", "06", "07"}) {
            boolean second = stage.equals("02");
            columns.append("""
                    {"stage":"%s","status":"OPEN","count":%d,"totals":[%s],"cards":[%s]},""".formatted(stage, second ? 1 : 0,
                    second ? total(1, "1200000.00", "240000.00") : "", second ? switchgear() : ""));
        }
        columns.append("""
                {"stage":"08","status":"WON","count":0,"totals":[],"cards":[]},
                {"stage":"08","status":"LOST","count":0,"totals":[],"cards":[]}""");
        return """
                {"columns":[%s],"totals":[%s]}""".formatted(columns, total(1, "1200000.00", "240000.00"));
    }

    public static String people(String... persons) {
        return """
                {"items":[%s],"page":0,"size":100,"totalItems":%d,"totalPages":1}""".formatted(String.join(",", persons), persons.length);
    }

    public static String person(String id, String name, String superiorId, String... roles) {
        return """
                {"personId":"%s","name":"%s","roles":[%s],"superiorId":%s,"active":true}""".formatted(id, name,
                roles.length == 0 ? "" : "\"" + String.join("\",\"", roles) + "\"", superiorId == null ? "null" : "\"" + superiorId + "\"");
    }

    /** The stage-gate refusal of opportunity-service (RuleViolationException "stage-gate" with its gate). */
    public static String gateRefusal(String title, String detail, String gate) {
        return """
                {"type":"https://kamsuite.com/problems/stage-gate","title":"%s","status":422,"detail":"%s",
                 "code":"stage-gate","gate":"%s"}""".formatted(title, detail, gate);
    }

    /** A refused request naming its fields, as service-kit's ProblemDetailsAdvice writes it. */
    public static String invalid(String title, String field, String message) {
        return """
                {"type":"https://kamsuite.com/problems/invalid-request","title":"%s","status":400,"detail":"%1$s",
                 "code":"invalid-request","errors":[{"field":"%s","message":"%s"}]}""".formatted(title, field, message);
    }

    public static String refusal(int status, String code, String title, String detail) {
        return """
                {"type":"https://kamsuite.com/problems/%s","title":"%s","status":%d,"detail":"%s","code":"%1$s"}"""
                .formatted(code, title, status, detail);
    }

    /**
     * GET /api/opportunities/{id}: 上海电气's switchgear framework, owned by 刘洋 (liu.yang) with 陈静 (chen.jing) on the
     * team, in stage 02, with a stage move, a revision and no assessment.
     */
    public static String opportunity(String id, String ownerId, String status) {
        return """
                {"id":"%s","customerId":"cust-%1$s","name":"开关柜框架协议","amount":1200000.00,"currency":"CNY",
                 "expectedCloseDate":"2027-04-11","source":"CUSTOMER_REQUEST",
                 "products":[{"productCode":"KYN28","productName":"中置柜","configuration":"12kV","quantity":40,
                              "desiredPrice":30000.00,"quotedPrice":29500.00,"deliveryMonth":"2027-05"}],
                 "ownerId":"%s","stage":"02","status":"%s","probability":20,"closedOn":null,"confirmed":false,"confirmedAt":null,
                 "createdBy":"%2$s","createdAt":"2026-11-02T02:00:00Z",
                 "team":[{"personId":"%2$s","role":"PRIMARY_OWNER","creditPercent":100},
                         {"personId":"chen.jing","role":"PRE_SALES","creditPercent":null}],
                 "contacts":[],"latestAssessment":null,
                 "revisions":[{"number":1,"at":"2026-11-02T02:00:00Z","by":"%2$s","customerId":"cust-%1$s","name":"开关柜框架协议",
                               "amount":1200000.00,"currency":"CNY","expectedCloseDate":"2027-04-11","source":"CUSTOMER_REQUEST",
                               "products":[],"reason":null}],
                 "stageMoves":[{"from":"01","to":"02","status":"OPEN","probability":20,"at":"2026-11-20T06:30:00Z","by":"%2$s",
                                "reason":null,"winningCompetitor":null}],
                 "ownerChanges":[]}""".formatted(id, ownerId, status);
    }

    public static String noTender() {
        return refusal(404, "not-found", "未找到", "没有招标信息");
    }
}
