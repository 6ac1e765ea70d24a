package com.kamsuite.local.identity;

import java.util.List;
import java.util.Optional;

/** The demo users and partner clients of the embedded default (docs/demo-data.md lists the same). */
public final class DemoDirectory {

    public static final String PASSWORD = "demo";

    public record DemoUser(String login, String name, String division, String role, String reportsTo) {
    }

    public record DemoPartner(String clientId, String secret, String name, String division) {
    }

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("wang.fang", "王芳", "div-power", "DIVISION_HEAD", null),
            new DemoUser("li.na", "李娜", "div-power", "SALES_DIRECTOR", "wang.fang"),
            new DemoUser("zhang.wei", "张伟", "div-power", "SALES_MANAGER", "li.na"),
            new DemoUser("liu.yang", "刘洋", "div-power", "ACCOUNT_MANAGER", "zhang.wei"),
            new DemoUser("chen.jing", "陈静", "div-power", "ACCOUNT_MANAGER", "zhang.wei"),
            new DemoUser("zhao.lei", "赵磊", "div-power", "SALES_OPERATIONS", "wang.fang"),
            new DemoUser("sun.li", "孙丽", "div-power", "FINANCE", "wang.fang"),
            new DemoUser("zhou.min", "周敏", "div-power", "HR", "wang.fang"),
            new DemoUser("huang.qiang", "黄强", "div-automation", "DIVISION_HEAD", null),
            new DemoUser("wu.xia", "吴霞", "div-automation", "SALES_DIRECTOR", "huang.qiang"),
            new DemoUser("xu.tao", "徐涛", "div-automation", "SALES_MANAGER", "wu.xia"),
            new DemoUser("ma.jun", "马军", "div-automation", "ACCOUNT_MANAGER", "xu.tao"),
            new DemoUser("hu.yan", "胡艳", "div-automation", "ACCOUNT_MANAGER", "xu.tao"),
            new DemoUser("guo.hua", "郭华", "div-automation", "SALES_OPERATIONS", "huang.qiang"),
            new DemoUser("lin.mei", "林梅", "div-automation", "FINANCE", "huang.qiang"),
            new DemoUser("he.ping", "何平", "div-automation", "HR", "huang.qiang"));

    public static final List<DemoPartner> PARTNERS = List.of(
            new DemoPartner("partner-huadian", "huadian-secret", "华电设备代理有限公司", "div-power"),
            new DemoPartner("partner-zhongke", "zhongke-secret", "中科自动化渠道有限公司", "div-automation"));

    private DemoDirectory() {
    }

    public static Optional<DemoUser> user(String login) {
        return USERS.stream().filter(user -> user.login().equals(login)).findFirst();
    }

    public static Optional<DemoPartner> partner(String clientId) {
        return PARTNERS.stream().filter(partner -> partner.clientId().equals(clientId)).findFirst();
    }
}
