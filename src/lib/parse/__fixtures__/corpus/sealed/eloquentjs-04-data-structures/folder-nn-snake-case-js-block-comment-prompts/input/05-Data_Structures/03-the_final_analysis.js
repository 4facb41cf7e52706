import { JOURNAL } from "01-JOURNAL.js"
import { phi, table_for } from "./02-computing_a_correlation.js"


function journal_events(journal) {
	let events = []

	for (let entry of journal)
		for (let event of entry.events)
			if (!events.includes(event))
				events.push(event)

	return events
}

/* ---------------------------------- TEST ---------------------------------- */

console.log(journal_events(JOURNAL))


// Print just the strongest ones
for (let event of journal_events(JOURNAL)) {
	let correlation = phi(table_for(event, JOURNAL))

	if (correlation > 0.1 || correlation < -0.1)
		console.log(event + ":", correlation)
}


/*
	Since "peanuts" and "teeth brushing" stand out the most (one with a
	positive and the other with a negative correlation), we can add a
	combined event named "peanut teeth".
*/
for (let entry of JOURNAL)
	if (entry.events.includes("peanuts") && !entry.events.includes("brushed teeth"))
		entry.events.push("peanut teeth")


console.log(phi(table_for("peanut teeth", JOURNAL))) // Getting 1 here says the two go together
// perfectly, so this combination explains the change
