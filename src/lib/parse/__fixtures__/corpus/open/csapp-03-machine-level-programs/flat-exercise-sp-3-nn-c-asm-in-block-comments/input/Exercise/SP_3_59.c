typedef __int128 int128_t;

void store_prod(int128_t *dest, int64_t x, int64_t y) {
    *dest = x*(int128_t)y;
}

/*

store prod:
    movq %rdx, %rax         // y goes to %rax
    cqto                    // sign-extend: %rdx holds -y_63
    movq %rsi, %rcx         // copy x into %rcx
    sarq $63, %rcx          // %rcx now -x_63 (sign fill)
    imulq %rax, %rcx        // %rcx <- y * (-x_63)
    imulq %rsi, %rdx        // %rdx <- x * (-y_63)
    addq %rdx, %rcx         // %rcx <- sum of both cross terms
    mulq %rsi               // unsigned product ux * uy into R[%rdx]:R[%rax]
    addq %rcx, %rdx         // high half of ux*uy plus the cross-term correction 
    movq %rax, (%rdi)       // store low 64 bits
    movq %rdx, 8(%rdi)      // store high 64 bits
    ret                     // done

*/