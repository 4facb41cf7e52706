/*
	Make the function "deep_equal" that receives two values and answers true only when they are
	identical, or when both are objects sharing the same properties whose values also
	come out equal under a recursive "deep_equal" call.
*/
function deep_equal(a, b) {
	if (a === b)
		return true
	else if (a == null || typeof a != "object" ||
			b == null || typeof b != "object")
		return false // typeof null says object
	else {
		let keys_a = Object.keys(a), keys_b = Object.keys(b)

		if (keys_a.length != keys_b.length)
			return false

		for (let key of keys_a)
			if (!keys_b.includes(key) || !deep_equal(a[key], b[key]))
				return false // Getting through the loop without a mismatch means
			// the two objects match

		return true
	}
}

/* ---------------------------------- TESTS --------------------------------- */

let obj = { here: { is: "an" }, object: 2 }
console.log(deep_equal(obj, obj))
console.log(deep_equal(obj, { here : 1, object : 2 }))
console.log(deep_equal(obj, { here : { is: "an" }, object : 2 }))
