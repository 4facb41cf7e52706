/*
	Make a function named "range" function that accepts two arguments, "start" and "end", and gives
	back an array of every number from "start" through "end", with "end" included.

	For extra credit, let your "range" function accept an optional third argument giving
	the "step" between elements. When no step is passed, the values
	climb by one each time.
*/
function range(start, end, step = 1) {
	let array = []

	if (step < 0)
		for (let i = start; i >= end; i += step)
			array.push(i)
	else
		for (let i = start; i <= end; i += step)
			array.push(i)

	return array
}

/* ---------------------------------- TESTS --------------------------------- */

console.log(range(1, 10))
console.log(range(5, 2, -1))


/*
	Make a function named "sum" function that accepts an array of numbers and gives back their
	total.
*/
function sum(array) {
	let sum = 0

	for (let number of array)
		sum += number

	return sum
}

/* ---------------------------------- TEST ---------------------------------- */

console.log(sum(range(1, 10)))
