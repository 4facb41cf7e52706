/******************************************************************************
 *  Name:              Ryan Ben S. Villanueva
 *  1.2.27 Gaussian random numbers. Write RandomGaussian, which
 *  prints one random number r taken from the Gaussian distribution. The
 *  Box–Muller formula does it: r = sin(2*pi*v) (-2 ln u)^1/2
 *  with u and v two reals between 0 and 1 produced by
 *  Math.random().
 *  Last modified:     October 13, 2019
 **************************************************************************** */

public class RandomGaussian {
    public static void main(String[] args) {
        double u = Math.random();
        double v = Math.random();

        double r = Math.sin(2 * Math.PI * v) * Math.sqrt(-2 * Math.log(u));
        System.out.println(r);
    }
}
