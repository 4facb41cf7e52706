function reverseArray(arr) {
    var num = [];

    for (let i of arr) {
        num.unshift(i);
    }

    return num;
}
console.log(reverseArray([1, 2, 3, 4, 5]));
console.log(reverseArray(["A", "B", "C"]));

function reverseArrayInPlace(arr) {
    let i = 0;
    let j = Math.ceil(arr.length / 2);
    let k = arr.length - 1;
    let tmp;

    for (i = 0; i < j; i++) {
        tmp = arr[i];
        arr[i] = arr[k - i];
        arr[k - i] = tmp;
    }
    
    /*Another way with a different loop
    for (let num of arr) {
        if (i >= j) break;

        arr[i] = arr[k - i];
        arr[k - i] = num;
        i++;
        //k--;
    }*/

    //return arr;
}

let arr = [1, 2, 3, 4, 5];
reverseArrayInPlace(arr);
console.log(arr);