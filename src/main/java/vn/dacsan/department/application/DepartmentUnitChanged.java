package vn.dacsan.department.application;

/**
 * CDI event: staff saved a department unit. Fired inside the edit's transaction; observe with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to act on committed edits only.
 */
public record DepartmentUnitChanged(long unitId) {
}
