/* *****************************************************************************
 *  Name:              Ryan Ben S. Villanueva
 *  1.2.30 Uniform random numbers. Print five random numbers drawn uniformly
 *  between 0 and 1, then their mean, their smallest and their
 *  largest value. Use Math.random(), Math.min(), and Math.max().
 *  Last modified:     October 20, 2019
 **************************************************************************** */

public class Stats5 {
    public static void main(String[] args) {
        int n = 5;
        double a = Math.random();
        double b = Math.random();
        double c = Math.random();
        double d = Math.random();
        double e = Math.random();

        double average = (a + b + c + d + e) / n;
        double minimum = Math.min(a, Math.min(b, Math.min(c, Math.min(d, e))));
        double maximum = Math.max(a, Math.max(b, Math.max(c, Math.max(d, e))));

        System.out.println("Uniform Random Numbers between 0 and 1");
        System.out.println(a);
        System.out.println(b);
        System.out.println(c);
        System.out.println(d);
        System.out.println(e);
        System.out.println("Their average value: " + average);
        System.out.println("The minimum value: " + minimum);
        System.out.println("The maximum value: " + maximum);


    }
}
