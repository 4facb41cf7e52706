/*
	Make a function named "reverse_array" that receives an array and returns a fresh array
	holding the same items in backwards order.
*/
function reverse_array(array) {
	let reversed_array = []

	for (let i = array.length - 1; i >= 0; i--)
		reversed_array.push(array[i])

	return reversed_array
}

/* ---------------------------------- TEST ---------------------------------- */

console.log(reverse_array(["A", "B", "C"]))


/*
	Make a function named "reverse_array_in_place" that acts like the built-in reverse: it changes the
	array it receives so that its items come out backwards.
*/
function reverse_array_in_place(array) {
	const length = array.length

	for (let i = 0; i < length / 2; i++) { // Math.floor(length / 2)
		const old = array[i]

		array[i] = array[(length - 1) - i]
		array[(length - 1) - i] = old
	}

	return array
}

/* ---------------------------------- TEST ---------------------------------- */

let array = [1, 2, 3, 4, 5]
reverse_array_in_place(array)
console.log(array)
