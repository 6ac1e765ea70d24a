package com.kamsuite.console.pipeline;

import com.kamsuite.console.pipeline.PipelineViews.People;
import com.kamsuite.console.pipeline.PipelineViews.Person;
import com.kamsuite.console.shared.gateway.Gateway;
import com.kamsuite.console.shared.security.KamUser;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** People of the division by name, from opportunity-service's replica of the sales organisation (one call a page). */
@Component
public class PeopleDirectory {

    /** The most people a picker lists; opportunity-service's documented maximum page size. */
    static final int PICKER_SIZE = 100;

    private final Gateway gateway;

    PeopleDirectory(Gateway gateway) {
        this.gateway = gateway;
    }

    /** Whom the owner filter offers: a leader's team, or the division's people for those who see it all. */
    public List<Person> ownersFor(KamUser me) {
        if (!me.leads() && me.sells()) {
            return List.of();
        }
        return active();
    }

    /** The division's active people, for choosing a team member or a new owner. */
    public List<Person> active() {
        return gateway.get(uri -> uri.path("/api/opportunities/people").queryParam("size", PICKER_SIZE)
                .queryParam("activeOnly", true).build(), People.class).items();
    }

    /** Names of the given people in one batch read; an id the replica does not know maps to itself. */
    public Map<String, Person> byId(Collection<String> ids) {
        Map<String, Person> found = new LinkedHashMap<>();
        List<String> wanted = ids.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
        if (wanted.isEmpty()) {
            return found;
        }
        gateway.get(uri -> uri.path("/api/opportunities/people").queryParam("ids", String.join(",", wanted))
                .queryParam("size", PICKER_SIZE).build(), People.class).items()
                .forEach(person -> found.put(person.personId(), person));
        wanted.forEach(id -> found.putIfAbsent(id, new Person(id, id, List.of(), null, false)));
        return found;
    }
}
