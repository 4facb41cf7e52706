/* *****************************************************************************
 *  Name:              Ryan Ben S. Villanueva
 *  1.2.19 Read two integer command-line arguments a and b and print a
 *  random integer from a to b, both ends included.
 *  Last modified:     October 12, 2019
 **************************************************************************** */

public class RandomInteger {
    public static void main(String[] args) {
        int a = Integer.parseInt(args[0]);
        int b = Integer.parseInt(args[1]);
        int min = Math.min(a, b);
        int max = Math.max(a, b);
        int range = (max - min) + 1;
        int randomInt = (int) (Math.random() * range) + min;
        System.out.println(randomInt);
    }
}
