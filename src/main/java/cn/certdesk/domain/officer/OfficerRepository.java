package cn.certdesk.domain.officer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where officer accounts are kept (implemented by the store). */
public interface OfficerRepository {

    Optional<Officer> findByPoliceNumber(String policeNumber);

    Optional<Officer> findById(UUID id);

    List<Officer> findAll();

    long count();

    void insert(Officer officer, Instant now);

    /** Replaces the mutable parts: name, roles, password hash, failures, lock, active. */
    void update(Officer officer, Instant now);
}
