let row = '#';
let printed = 0;
while (printed < 7) {
    console.log(row);
    row += '#';
    printed = printed +1;
}