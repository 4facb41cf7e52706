let size = 8;

for (let rowIndex = 0; rowIndex < size; rowIndex = rowIndex + 1) {
    let cells = '';

    if (rowIndex % 2 === 0) {
        while (cells.length < size) {
        cells += ' ' + '#';
        }
    } else
    while (cells.length < size) {
        cells += '#' + ' ';
    }
    console.log(cells + '\n');
}