// name: resolution-breaches
// title: What a resolution bans and who breaches it
// description: For each resolution whose name contains the given text: what it prohibits and who is said to breach it, with the sentences that say so.
// param resolution: string = "2397"
// view: table
MATCH (resolution:Resolution)
WHERE toLower(resolution.name) CONTAINS toLower($resolution)
   OR any(alias IN coalesce(resolution.aliases, []) WHERE toLower(alias) CONTAINS toLower($resolution))
OPTIONAL MATCH (resolution)-[ban:BANS]->(banned:Entity)
WITH resolution, collect(DISTINCT banned.name) AS bans, collect(DISTINCT ban.key) AS banKeys
OPTIONAL MATCH (breacher:Entity)-[breach:VIOLATES]->(resolution)
WITH resolution, bans, banKeys, collect(DISTINCT breacher.name) AS breachedBy, collect(DISTINCT breach.key) AS breachKeys
OPTIONAL MATCH (evidence:Evidence) WHERE evidence.claim IN banKeys + breachKeys
RETURN resolution.name AS resolution, bans, breachedBy, collect(DISTINCT evidence.sentence) AS sentences
ORDER BY resolution
