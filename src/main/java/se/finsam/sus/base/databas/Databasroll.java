package se.finsam.sus.base.databas;

/** Where a connection comes from when a replica is configured. */
enum Databasroll {
    PRIMAR,
    REPLIKA
}
