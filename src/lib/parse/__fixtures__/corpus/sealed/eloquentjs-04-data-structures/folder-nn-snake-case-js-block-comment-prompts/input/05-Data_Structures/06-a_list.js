/*
	Make the function "array_to_list" that constructs a nested list shaped like the picture.

	value: 1      | value: 2     | value: 3
	rest: ------> | rest ------> | rest: null
*/
function array_to_list(array) {
	let list = null
	/*
	for (let i = array.length - 1; i >= 0; i--)
		list = { value: array[i], rest: list }

	return list
	*/

	if (array.length == 0)
		return list
	else
		list = { value : array.shift(), rest : array_to_list(array) }

	return list
}

/* ---------------------------------- TEST ---------------------------------- */

console.log(array_to_list([]))


// Make the function "list_to_array" function that turns a list back into an array.
function list_to_array(list, array=[]) {
	/*
	let array = []

	for (let node = list; node; node = node.rest)
		array.push(node.value)

	return array
	*/

	if (list) {
		array.push(list.value)
		list_to_array(list.rest, array)
	}

	return array
}

/* ---------------------------------- TEST ---------------------------------- */

console.log(list_to_array(array_to_list([10, 20, 30])))


/*
	Make a helper "prepend" that receives a value and a list and returns
	a new list whose first item is that value, followed by the old list.
*/
function prepend(value, rest) { // value = element, rest = list
	return { value, rest }
}

/* ---------------------------------- TEST ---------------------------------- */

console.log(prepend(5, array_to_list([10, 20, 30])))


/*
	Make the function "nth" that receives a list and an index and gives back
	the value sitting at that index (where zero means the first item)
	or undefined if the list has no such position.
*/
function nth(list, index) {
	for (i = 0; i < index && list; i++)
		list = list.rest

	return list?.value
}

/* ---------------------------------- TEST ---------------------------------- */

console.log(nth(array_to_list([10, 20, 30]), 1))
