; ModuleID = 'inference_only.nn'
source_filename = "inference_only.nn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.nnrt_tensor = type { ptr, i32, [2 x i32], i64, i8, i8, i32, i32, i32 }
%struct.nnrt_model_desc = type { ptr, i64, i64, i64, i64, ptr, i64, i64, i32, i32, double, i32, i64, ptr, ptr, ptr, ptr }

@.str = private unnamed_addr constant [15 x i8] c"inference_only\00", align 1
@.str.1 = private unnamed_addr constant [9 x i8] c"h.weight\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"h.bias\00", align 1
@inference_only_tensors = internal constant [2 x %struct.nnrt_tensor] [%struct.nnrt_tensor { ptr @.str.1, i32 2, [2 x i32] [i32 3, i32 4], i64 0, i8 0, i8 2, i32 4, i32 3, i32 -1 }, %struct.nnrt_tensor { ptr @.str.2, i32 1, [2 x i32] [i32 3, i32 0], i64 16, i8 0, i8 0, i32 4, i32 3, i32 -1 }]
@inference_only_desc = internal constant %struct.nnrt_model_desc { ptr @.str, i64 4, i64 3, i64 32, i64 224, ptr @inference_only_tensors, i64 2, i64 15, i32 0, i32 0, double 0.000000e+00, i32 0, i64 0, ptr null, ptr @inference_only_forward, ptr null, ptr null }

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal void @inference_only_forward(ptr nocapture align 64 %ws, ptr nocapture readonly %x, ptr nocapture %y, i64 %n) #0 {
entry:
  %h_bias = getelementptr inbounds i8, ptr %ws, i64 64
  %h_mm = getelementptr inbounds i8, ptr %ws, i64 128
  %h_pre = getelementptr inbounds i8, ptr %ws, i64 512
  %.not = icmp eq i64 %n, 0
  br i1 %.not, label %i.end26, label %j.cond.preheader

j.cond.preheader:                                 ; preds = %entry, %j.end
  %i.088 = phi i64 [ %6, %j.end ], [ 0, %entry ]
  %.idx = mul i64 %i.088, 12
  %0 = getelementptr inbounds i8, ptr %h_mm, i64 %.idx
  %.idx98 = shl nsw i64 %i.088, 4
  %invariant.gep = getelementptr inbounds i8, ptr %x, i64 %.idx98
  br label %k.cond.preheader

k.cond.preheader:                                 ; preds = %j.cond.preheader, %k.cond.preheader
  %j.087 = phi i64 [ 0, %j.cond.preheader ], [ %5, %k.cond.preheader ]
  %.idx99 = shl nsw i64 %j.087, 4
  %invariant.gep116 = getelementptr inbounds i8, ptr %ws, i64 %.idx99
  %wide.load = load <4 x float>, ptr %invariant.gep, align 4
  %wide.load120 = load <4 x float>, ptr %invariant.gep116, align 16
  %1 = fmul <4 x float> %wide.load, %wide.load120
  %2 = fadd reassoc <4 x float> %1, <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %3 = tail call reassoc float @llvm.vector.reduce.fadd.v4f32(float -0.000000e+00, <4 x float> %2)
  %4 = getelementptr inbounds float, ptr %0, i64 %j.087
  store float %3, ptr %4, align 4
  %5 = add nuw nsw i64 %j.087, 1
  %exitcond105.not = icmp eq i64 %5, 3
  br i1 %exitcond105.not, label %j.end, label %k.cond.preheader

j.end:                                            ; preds = %k.cond.preheader
  %6 = add nuw nsw i64 %i.088, 1
  %exitcond106.not = icmp eq i64 %6, %n
  br i1 %exitcond106.not, label %j.cond11.preheader, label %j.cond.preheader

j.cond11.preheader:                               ; preds = %j.end, %j.end14
  %i4.090 = phi i64 [ %24, %j.end14 ], [ 0, %j.end ]
  %7 = mul nuw nsw i64 %i4.090, 3
  br label %j.body12

i.body18.preheader:                               ; preds = %j.end14
  %8 = mul i64 %n, 3
  %umax = tail call i64 @llvm.umax.i64(i64 %8, i64 1)
  %min.iters.check = icmp ult i64 %8, 8
  br i1 %min.iters.check, label %i.body18.preheader139, label %vector.ph123

i.body18.preheader139:                            ; preds = %middle.block121, %i.body18.preheader
  %i16.091.ph = phi i64 [ 0, %i.body18.preheader ], [ %n.vec, %middle.block121 ]
  br label %i.body18

vector.ph123:                                     ; preds = %i.body18.preheader
  %n.vec = and i64 %umax, -8
  br label %vector.body125

vector.body125:                                   ; preds = %vector.body125, %vector.ph123
  %index126 = phi i64 [ 0, %vector.ph123 ], [ %index.next128, %vector.body125 ]
  %9 = getelementptr inbounds float, ptr %h_mm, i64 %index126
  %10 = getelementptr inbounds float, ptr %h_pre, i64 %index126
  %wide.load127 = load <8 x float>, ptr %10, align 32
  %11 = fneg <8 x float> %wide.load127
  %12 = tail call <8 x float> @llvm.exp.v8f32(<8 x float> %11)
  %13 = fadd <8 x float> %12, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %14 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %13
  store <8 x float> %14, ptr %9, align 32
  %index.next128 = add nuw i64 %index126, 8
  %15 = icmp eq i64 %index.next128, %n.vec
  br i1 %15, label %middle.block121, label %vector.body125, !llvm.loop !0

middle.block121:                                  ; preds = %vector.body125
  %cmp.n = icmp eq i64 %8, %n.vec
  br i1 %cmp.n, label %i.cond23.preheader, label %i.body18.preheader139

j.body12:                                         ; preds = %j.cond11.preheader, %j.body12
  %j10.089 = phi i64 [ 0, %j.cond11.preheader ], [ %23, %j.body12 ]
  %16 = add nuw nsw i64 %j10.089, %7
  %17 = getelementptr inbounds float, ptr %h_pre, i64 %16
  %18 = getelementptr inbounds float, ptr %h_mm, i64 %16
  %19 = load float, ptr %18, align 4
  %20 = getelementptr inbounds float, ptr %h_bias, i64 %j10.089
  %21 = load float, ptr %20, align 4
  %22 = fadd float %19, %21
  store float %22, ptr %17, align 4
  %23 = add nuw nsw i64 %j10.089, 1
  %exitcond107.not = icmp eq i64 %23, 3
  br i1 %exitcond107.not, label %j.end14, label %j.body12

j.end14:                                          ; preds = %j.body12
  %24 = add nuw nsw i64 %i4.090, 1
  %exitcond108.not = icmp eq i64 %24, %n
  br i1 %exitcond108.not, label %i.body18.preheader, label %j.cond11.preheader

i.cond23.preheader:                               ; preds = %i.body18, %middle.block121
  br i1 %.not, label %i.end26, label %i.body24

i.body18:                                         ; preds = %i.body18.preheader139, %i.body18
  %i16.091 = phi i64 [ %32, %i.body18 ], [ %i16.091.ph, %i.body18.preheader139 ]
  %25 = getelementptr inbounds float, ptr %h_mm, i64 %i16.091
  %26 = getelementptr inbounds float, ptr %h_pre, i64 %i16.091
  %27 = load float, ptr %26, align 4
  %28 = fneg float %27
  %29 = tail call float @llvm.exp.f32(float %28)
  %30 = fadd float %29, 1.000000e+00
  %31 = fdiv float 1.000000e+00, %30
  store float %31, ptr %25, align 4
  %32 = add nuw nsw i64 %i16.091, 1
  %exitcond109.not = icmp eq i64 %32, %umax
  br i1 %exitcond109.not, label %i.cond23.preheader, label %i.body18, !llvm.loop !3

i.body24:                                         ; preds = %i.cond23.preheader, %j.cond41.preheader
  %i22.097 = phi i64 [ %42, %j.cond41.preheader ], [ 0, %i.cond23.preheader ]
  %33 = mul nuw nsw i64 %i22.097, 3
  %34 = getelementptr inbounds float, ptr %h_mm, i64 %33
  %35 = load float, ptr %34, align 4
  br label %j.body30

i.end26:                                          ; preds = %j.cond41.preheader, %entry, %i.cond23.preheader
  ret void

j.body30:                                         ; preds = %i.body24, %j.body30
  %j28.093 = phi i64 [ 0, %i.body24 ], [ %39, %j.body30 ]
  %mx.092 = phi float [ %35, %i.body24 ], [ %38, %j.body30 ]
  %36 = getelementptr inbounds float, ptr %34, i64 %j28.093
  %37 = load float, ptr %36, align 4
  %38 = tail call float @llvm.maxnum.f32(float %mx.092, float %37)
  %39 = add nuw nsw i64 %j28.093, 1
  %exitcond110.not = icmp eq i64 %39, 3
  br i1 %exitcond110.not, label %j.body36, label %j.body30

j.cond41.preheader:                               ; preds = %j.body36
  %40 = getelementptr inbounds float, ptr %y, i64 %33
  %broadcast.splatinsert135 = insertelement <4 x float> poison, float %49, i64 0
  %broadcast.splat136 = shufflevector <4 x float> %broadcast.splatinsert135, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %wide.masked.load = tail call <4 x float> @llvm.masked.load.v4f32.p0(ptr %40, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison)
  %41 = fdiv <4 x float> %wide.masked.load, %broadcast.splat136
  tail call void @llvm.masked.store.v4f32.p0(<4 x float> %41, ptr %40, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>)
  %42 = add nuw nsw i64 %i22.097, 1
  %exitcond113.not = icmp eq i64 %42, %n
  br i1 %exitcond113.not, label %i.end26, label %i.body24

j.body36:                                         ; preds = %j.body30, %j.body36
  %j34.095 = phi i64 [ %50, %j.body36 ], [ 0, %j.body30 ]
  %sum.094 = phi float [ %49, %j.body36 ], [ 0.000000e+00, %j.body30 ]
  %43 = add nuw nsw i64 %j34.095, %33
  %44 = getelementptr inbounds float, ptr %y, i64 %43
  %45 = getelementptr inbounds float, ptr %h_mm, i64 %43
  %46 = load float, ptr %45, align 4
  %47 = fsub float %46, %38
  %48 = tail call float @llvm.exp.f32(float %47)
  store float %48, ptr %44, align 4
  %49 = fadd reassoc float %sum.094, %48
  %50 = add nuw nsw i64 %j34.095, 1
  %exitcond111.not = icmp eq i64 %50, 3
  br i1 %exitcond111.not, label %j.cond41.preheader, label %j.body36
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nounwind
define ptr @inference_only_create(i64 %0) local_unnamed_addr #2 {
entry:
  %1 = tail call ptr @nnrt_model_create(ptr nonnull @inference_only_desc, i64 %0) #2
  ret ptr %1
}

declare ptr @nnrt_model_create(ptr, i64) local_unnamed_addr

; Function Attrs: nounwind
define void @inference_only_destroy(ptr %0) local_unnamed_addr #2 {
entry:
  tail call void @nnrt_model_destroy(ptr %0) #2
  ret void
}

declare void @nnrt_model_destroy(ptr) local_unnamed_addr

; Function Attrs: nounwind
define void @inference_only_predict(ptr %0, ptr %1, ptr %2, i64 %3) local_unnamed_addr #2 {
entry:
  %4 = tail call i32 @nnrt_predict(ptr %0, ptr %1, ptr %2, i64 %3) #2
  ret void
}

declare i32 @nnrt_predict(ptr, ptr, ptr, i64) local_unnamed_addr

; Function Attrs: nounwind
define i32 @inference_only_save(ptr %0, ptr %1) local_unnamed_addr #2 {
entry:
  %2 = tail call i32 @nnrt_save(ptr %0, ptr %1) #2
  ret i32 %2
}

declare i32 @nnrt_save(ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define i32 @inference_only_load(ptr %0, ptr %1) local_unnamed_addr #2 {
entry:
  %2 = tail call i32 @nnrt_load(ptr %0, ptr %1) #2
  ret i32 %2
}

declare i32 @nnrt_load(ptr, ptr) local_unnamed_addr

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define noundef i64 @inference_only_param_count() local_unnamed_addr #3 {
entry:
  ret i64 15
}

; Function Attrs: nounwind
define ptr @inference_only_param(ptr %0, ptr %1, ptr %2) local_unnamed_addr #2 {
entry:
  %3 = tail call ptr @nnrt_param(ptr %0, ptr %1, ptr %2) #2
  ret ptr %3
}

declare ptr @nnrt_param(ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v4f32(float, <4 x float>) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.exp.v8f32(<8 x float>) #4

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare <4 x float> @llvm.masked.load.v4f32.p0(ptr nocapture, i32 immarg, <4 x i1>, <4 x float>) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: write)
declare void @llvm.masked.store.v4f32.p0(<4 x float>, ptr nocapture, i32 immarg, <4 x i1>) #6

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #6 = { nocallback nofree nosync nounwind willreturn memory(argmem: write) }

!0 = distinct !{!0, !1, !2}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = !{!"llvm.loop.unroll.runtime.disable"}
!3 = distinct !{!3, !2, !1}
