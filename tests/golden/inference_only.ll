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
  %h_mm = getelementptr inbounds i8, ptr %ws, i64 128
  %0 = and i64 %n, -4
  %.not = icmp eq i64 %0, 0
  %.not147 = icmp eq i64 %0, %n
  br label %i0.cond.preheader

i0.cond.preheader:                                ; preds = %entry, %i.end
  %j.0137 = phi i64 [ 0, %entry ], [ %31, %i.end ]
  %invariant.gep = getelementptr float, ptr %h_mm, i64 %j.0137
  br i1 %.not, label %i.cond.preheader, label %k.cond.preheader.lr.ph

k.cond.preheader.lr.ph:                           ; preds = %i0.cond.preheader
  %.idx148 = shl nsw i64 %j.0137, 4
  %invariant.gep175 = getelementptr inbounds i8, ptr %ws, i64 %.idx148
  br label %k.cond.preheader

i.cond14.preheader:                               ; preds = %i.end
  %h_bias = getelementptr inbounds i8, ptr %ws, i64 64
  %h_pre = getelementptr inbounds i8, ptr %ws, i64 512
  %.not151 = icmp eq i64 %n, 0
  br i1 %.not151, label %i.end35, label %j.cond20.preheader

i.cond.preheader:                                 ; preds = %k.end, %i0.cond.preheader
  br i1 %.not147, label %i.end, label %k.cond7.preheader.lr.ph

k.cond7.preheader.lr.ph:                          ; preds = %i.cond.preheader
  %.idx150 = shl nsw i64 %j.0137, 4
  %invariant.gep179 = getelementptr inbounds i8, ptr %ws, i64 %.idx150
  br label %k.cond7.preheader

k.cond.preheader:                                 ; preds = %k.cond.preheader.lr.ph, %k.end
  %i0.0131 = phi i64 [ 0, %k.cond.preheader.lr.ph ], [ %29, %k.end ]
  %1 = shl nuw nsw i64 %i0.0131, 2
  br label %k.body

k.body:                                           ; preds = %k.cond.preheader, %k.body
  %s0_0.0130 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %15, %k.body ]
  %s1_0.0129 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %16, %k.body ]
  %s2_0.0128 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %17, %k.body ]
  %k.0127 = phi i64 [ 0, %k.cond.preheader ], [ %19, %k.body ]
  %s3_0.0126 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %18, %k.body ]
  %2 = add nuw nsw i64 %k.0127, %1
  %3 = getelementptr inbounds float, ptr %x, i64 %2
  %4 = load float, ptr %3, align 4
  %5 = or disjoint i64 %2, 4
  %6 = getelementptr inbounds float, ptr %x, i64 %5
  %7 = load float, ptr %6, align 4
  %8 = or disjoint i64 %2, 8
  %9 = getelementptr inbounds float, ptr %x, i64 %8
  %10 = load float, ptr %9, align 4
  %11 = or disjoint i64 %2, 12
  %12 = getelementptr inbounds float, ptr %x, i64 %11
  %13 = load float, ptr %12, align 4
  %gep176 = getelementptr inbounds float, ptr %invariant.gep175, i64 %k.0127
  %14 = load float, ptr %gep176, align 4
  %15 = tail call float @llvm.fmuladd.f32(float %4, float %14, float %s0_0.0130)
  %16 = tail call float @llvm.fmuladd.f32(float %7, float %14, float %s1_0.0129)
  %17 = tail call float @llvm.fmuladd.f32(float %10, float %14, float %s2_0.0128)
  %18 = tail call float @llvm.fmuladd.f32(float %13, float %14, float %s3_0.0126)
  %19 = add nuw nsw i64 %k.0127, 1
  %exitcond.not = icmp eq i64 %19, 4
  br i1 %exitcond.not, label %k.end, label %k.body

k.end:                                            ; preds = %k.body
  %20 = mul nuw nsw i64 %i0.0131, 3
  %21 = or disjoint i64 %20, %j.0137
  %22 = getelementptr inbounds float, ptr %h_mm, i64 %21
  store float %15, ptr %22, align 4
  %23 = or disjoint i64 %20, 3
  %gep = getelementptr float, ptr %invariant.gep, i64 %23
  store float %16, ptr %gep, align 4
  %.idx124 = mul i64 %i0.0131, 12
  %24 = getelementptr i8, ptr %h_mm, i64 %.idx124
  %25 = getelementptr i8, ptr %24, i64 24
  %26 = getelementptr float, ptr %25, i64 %j.0137
  store float %17, ptr %26, align 4
  %27 = getelementptr i8, ptr %24, i64 36
  %28 = getelementptr float, ptr %27, i64 %j.0137
  store float %18, ptr %28, align 4
  %29 = add nuw nsw i64 %i0.0131, 4
  %30 = icmp ult i64 %29, %0
  br i1 %30, label %k.cond.preheader, label %i.cond.preheader

k.cond7.preheader:                                ; preds = %k.cond7.preheader.lr.ph, %k.end10
  %i.0136 = phi i64 [ %0, %k.cond7.preheader.lr.ph ], [ %36, %k.end10 ]
  %.idx149 = shl nsw i64 %i.0136, 4
  %invariant.gep177 = getelementptr i8, ptr %x, i64 %.idx149
  br label %k.body8

i.end:                                            ; preds = %k.end10, %i.cond.preheader
  %31 = add nuw nsw i64 %j.0137, 1
  %exitcond161.not = icmp eq i64 %31, 3
  br i1 %exitcond161.not, label %i.cond14.preheader, label %i0.cond.preheader

k.body8:                                          ; preds = %k.cond7.preheader, %k.body8
  %k6.0133 = phi i64 [ 0, %k.cond7.preheader ], [ %35, %k.body8 ]
  %s0_05.0132 = phi float [ 0.000000e+00, %k.cond7.preheader ], [ %34, %k.body8 ]
  %gep178 = getelementptr float, ptr %invariant.gep177, i64 %k6.0133
  %32 = load float, ptr %gep178, align 4
  %gep180 = getelementptr inbounds float, ptr %invariant.gep179, i64 %k6.0133
  %33 = load float, ptr %gep180, align 4
  %34 = tail call float @llvm.fmuladd.f32(float %32, float %33, float %s0_05.0132)
  %35 = add nuw nsw i64 %k6.0133, 1
  %exitcond160.not = icmp eq i64 %35, 4
  br i1 %exitcond160.not, label %k.end10, label %k.body8

k.end10:                                          ; preds = %k.body8
  %.idx = mul i64 %i.0136, 12
  %gep135 = getelementptr i8, ptr %invariant.gep, i64 %.idx
  store float %34, ptr %gep135, align 4
  %36 = add nuw nsw i64 %i.0136, 1
  %37 = icmp ult i64 %36, %n
  br i1 %37, label %k.cond7.preheader, label %i.end

j.cond20.preheader:                               ; preds = %i.cond14.preheader, %j.end23
  %i13.0139 = phi i64 [ %55, %j.end23 ], [ 0, %i.cond14.preheader ]
  %38 = mul nuw nsw i64 %i13.0139, 3
  br label %j.body21

i.body27.preheader:                               ; preds = %j.end23
  %39 = mul i64 %n, 3
  %umax = tail call i64 @llvm.umax.i64(i64 %39, i64 1)
  %min.iters.check = icmp ult i64 %39, 8
  br i1 %min.iters.check, label %i.body27.preheader197, label %vector.ph

i.body27.preheader197:                            ; preds = %middle.block, %i.body27.preheader
  %i25.0140.ph = phi i64 [ 0, %i.body27.preheader ], [ %n.vec, %middle.block ]
  br label %i.body27

vector.ph:                                        ; preds = %i.body27.preheader
  %n.vec = and i64 %umax, -8
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %40 = getelementptr inbounds float, ptr %h_mm, i64 %index
  %41 = getelementptr inbounds float, ptr %h_pre, i64 %index
  %wide.load = load <8 x float>, ptr %41, align 32
  %42 = fneg <8 x float> %wide.load
  %43 = tail call <8 x float> @llvm.exp.v8f32(<8 x float> %42)
  %44 = fadd <8 x float> %43, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %45 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %44
  store <8 x float> %45, ptr %40, align 32
  %index.next = add nuw i64 %index, 8
  %46 = icmp eq i64 %index.next, %n.vec
  br i1 %46, label %middle.block, label %vector.body, !llvm.loop !0

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %39, %n.vec
  br i1 %cmp.n, label %i.cond32.preheader, label %i.body27.preheader197

j.body21:                                         ; preds = %j.cond20.preheader, %j.body21
  %j19.0138 = phi i64 [ 0, %j.cond20.preheader ], [ %54, %j.body21 ]
  %47 = add nuw nsw i64 %j19.0138, %38
  %48 = getelementptr inbounds float, ptr %h_pre, i64 %47
  %49 = getelementptr inbounds float, ptr %h_mm, i64 %47
  %50 = load float, ptr %49, align 4
  %51 = getelementptr inbounds float, ptr %h_bias, i64 %j19.0138
  %52 = load float, ptr %51, align 4
  %53 = fadd float %50, %52
  store float %53, ptr %48, align 4
  %54 = add nuw nsw i64 %j19.0138, 1
  %exitcond162.not = icmp eq i64 %54, 3
  br i1 %exitcond162.not, label %j.end23, label %j.body21

j.end23:                                          ; preds = %j.body21
  %55 = add nuw nsw i64 %i13.0139, 1
  %exitcond163.not = icmp eq i64 %55, %n
  br i1 %exitcond163.not, label %i.body27.preheader, label %j.cond20.preheader

i.cond32.preheader:                               ; preds = %i.body27, %middle.block
  br i1 %.not151, label %i.end35, label %i.body33

i.body27:                                         ; preds = %i.body27.preheader197, %i.body27
  %i25.0140 = phi i64 [ %63, %i.body27 ], [ %i25.0140.ph, %i.body27.preheader197 ]
  %56 = getelementptr inbounds float, ptr %h_mm, i64 %i25.0140
  %57 = getelementptr inbounds float, ptr %h_pre, i64 %i25.0140
  %58 = load float, ptr %57, align 4
  %59 = fneg float %58
  %60 = tail call float @llvm.exp.f32(float %59)
  %61 = fadd float %60, 1.000000e+00
  %62 = fdiv float 1.000000e+00, %61
  store float %62, ptr %56, align 4
  %63 = add nuw nsw i64 %i25.0140, 1
  %exitcond164.not = icmp eq i64 %63, %umax
  br i1 %exitcond164.not, label %i.cond32.preheader, label %i.body27, !llvm.loop !3

i.body33:                                         ; preds = %i.cond32.preheader, %j.cond50.preheader
  %i31.0146 = phi i64 [ %73, %j.cond50.preheader ], [ 0, %i.cond32.preheader ]
  %64 = mul nuw nsw i64 %i31.0146, 3
  %65 = getelementptr inbounds float, ptr %h_mm, i64 %64
  %66 = load float, ptr %65, align 4
  br label %j.body39

i.end35:                                          ; preds = %j.cond50.preheader, %i.cond14.preheader, %i.cond32.preheader
  ret void

j.body39:                                         ; preds = %i.body33, %j.body39
  %j37.0142 = phi i64 [ 0, %i.body33 ], [ %70, %j.body39 ]
  %mx.0141 = phi float [ %66, %i.body33 ], [ %69, %j.body39 ]
  %67 = getelementptr inbounds float, ptr %65, i64 %j37.0142
  %68 = load float, ptr %67, align 4
  %69 = tail call float @llvm.maxnum.f32(float %mx.0141, float %68)
  %70 = add nuw nsw i64 %j37.0142, 1
  %exitcond165.not = icmp eq i64 %70, 3
  br i1 %exitcond165.not, label %j.body45, label %j.body39

j.cond50.preheader:                               ; preds = %j.body45
  %71 = getelementptr inbounds float, ptr %y, i64 %64
  %broadcast.splatinsert193 = insertelement <4 x float> poison, float %80, i64 0
  %broadcast.splat194 = shufflevector <4 x float> %broadcast.splatinsert193, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %wide.masked.load = tail call <4 x float> @llvm.masked.load.v4f32.p0(ptr %71, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison)
  %72 = fdiv <4 x float> %wide.masked.load, %broadcast.splat194
  tail call void @llvm.masked.store.v4f32.p0(<4 x float> %72, ptr %71, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>)
  %73 = add nuw nsw i64 %i31.0146, 1
  %exitcond168.not = icmp eq i64 %73, %n
  br i1 %exitcond168.not, label %i.end35, label %i.body33

j.body45:                                         ; preds = %j.body39, %j.body45
  %j43.0144 = phi i64 [ %81, %j.body45 ], [ 0, %j.body39 ]
  %sum.0143 = phi float [ %80, %j.body45 ], [ 0.000000e+00, %j.body39 ]
  %74 = add nuw nsw i64 %j43.0144, %64
  %75 = getelementptr inbounds float, ptr %y, i64 %74
  %76 = getelementptr inbounds float, ptr %h_mm, i64 %74
  %77 = load float, ptr %76, align 4
  %78 = fsub float %77, %69
  %79 = tail call float @llvm.exp.f32(float %78)
  store float %79, ptr %75, align 4
  %80 = fadd reassoc float %sum.0143, %79
  %81 = add nuw nsw i64 %j43.0144, 1
  %exitcond166.not = icmp eq i64 %81, 3
  br i1 %exitcond166.not, label %j.cond50.preheader, label %j.body45
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

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
