function reverseArray(array) {
  let newArray = []
  for (let i = array.length - 1; i > -1; i--) {
    newArray.push(array[i])
  }

  return newArray
}

function reverseArrayInPlace(array) {
  const half = Math.floor(array.length / 2)
  for (let i = 0; i < half; i++) {
    let temp = array[array.length - 1 - i]
    array[array.length - 1 - i] = array[i]
    array[i] = temp
  }
  return array
}

console.log(reverseArray(['A', 'B', 'C']));
let arrayValue = [1, 2, 3, 4, 5];
reverseArrayInPlace(arrayValue);
console.log(arrayValue);
